import type { ChecklistItemView } from '../../../common/contracts/commissioning';
import type { ChecklistAnswer } from '../../../common/enums';
import type { ChecklistEntry } from './commissioning.table';

/** The parts of a service type's standard card a quality review checks. */
export interface CardRequirements {
  qualificationNames: readonly string[];
  organisationalResources: readonly string[];
  technicalResources: readonly string[];
}

/**
 * A quality review's checklist, generated from the service type's standard card: every required
 * qualification of staff, then the provider's minimal organisational and technical resources.
 * Always in Polish: the card's own texts are Polish and the checklist is filed as it was.
 */
export const checklistOf = (card: CardRequirements): ChecklistItemView[] => [
  ...card.qualificationNames.map((name) => ({
    source: 'qualification' as const,
    text: `Personel ma kwalifikacje: ${name}`,
  })),
  ...card.organisationalResources.map((text) => ({ source: 'organisationalResource' as const, text })),
  ...card.technicalResources.map((text) => ({ source: 'technicalResource' as const, text })),
];

/** The answers joined to the items; null when they do not answer every item exactly once. */
export function answerChecklist(
  items: readonly ChecklistItemView[],
  answers: readonly { answer: ChecklistAnswer; note?: string | null | undefined }[],
): ChecklistEntry[] | null {
  if (answers.length !== items.length) return null;
  return items.map((item, index) => ({
    ...item,
    answer: answers[index]!.answer,
    note: answers[index]!.note ?? null,
  }));
}
