import { diffWordsWithSpace } from 'diff';
import {
  type AgreementDiff,
  type AgreementSections,
  agreementSections,
  type DiffPart,
} from '../../../common/contracts/partnership-agreements';

/**
 * What changed between two versions of an agreement, section by section and word by word, so the
 * partners see exactly which wording moved before they sign. Whitespace counts: a new paragraph
 * is a change in a legal text.
 */
export function diffSections(
  from: { number: number; sections: AgreementSections },
  to: { number: number; sections: AgreementSections },
): AgreementDiff {
  const present = agreementSections.filter(
    (s) => from.sections[s] !== undefined || to.sections[s] !== undefined,
  );
  return {
    from: from.number,
    to: to.number,
    sections: present.map((section) => {
      const before = from.sections[section] ?? '';
      const after = to.sections[section] ?? '';
      const parts: DiffPart[] = diffWordsWithSpace(before, after).map((c) => ({
        kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
        text: c.value,
      }));
      return { section, changed: before !== after, parts };
    }),
  };
}
