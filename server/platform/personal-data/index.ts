import type { PersonalDataKeys } from '../config';
import { PersonalDataVault } from './vault';

export { PERSONAL_DATA_KEY_BYTES, PersonalDataError, PersonalDataVault } from './vault';

const vaults = new WeakMap<PersonalDataKeys, PersonalDataVault>();

/** The vault of the configured keys, made once per configuration. */
export function vaultFor(keys: PersonalDataKeys): PersonalDataVault {
  let vault = vaults.get(keys);
  if (!vault) {
    vault = new PersonalDataVault(keys.current, keys.previous);
    vaults.set(keys, vault);
  }
  return vault;
}
