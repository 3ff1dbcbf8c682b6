export { isValidKrs, krsSchema } from './krs';
export { isValidNip, nipSchema } from './nip';
export { isValidPesel, type PeselFacts, parsePesel, peselSchema, type Sex } from './pesel';
export { isValidPostalCode, postalCodeSchema } from './postal-code';
export { isValidRegon, regonSchema } from './regon';
