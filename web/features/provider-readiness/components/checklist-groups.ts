import type { ReadinessItemView } from '../../../../common/contracts/provider-readiness';
import { readinessItemSources } from '../../../../common/enums';

/** The checklist's items by where they come from, in the card's order, each with its index in the checklist. */
export const groupsOf = (items: readonly ReadinessItemView[]) =>
  readinessItemSources
    .map((source) => ({
      source,
      entries: items.map((item, index) => ({ item, index })).filter((e) => e.item.source === source),
    }))
    .filter((g) => g.entries.length > 0);
