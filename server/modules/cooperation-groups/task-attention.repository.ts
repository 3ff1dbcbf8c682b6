import { and, count, eq, inArray, lt, ne, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { institutions } from '../institutions';
import {
  cooperationGroupMembers,
  cooperationGroups,
  cooperationGroupTasks,
} from './cooperation-groups.table';

export interface OverdueTaskCount {
  groupId: string;
  groupLabel: string;
  opsInstitutionId: string;
  /** The institution the tasks are assigned to. */
  institutionId: string;
  institutionName: string;
  count: number;
}

/**
 * Overdue tasks (planned or in progress, due before `today`) of open groups, per group and
 * assigned institution: those assigned to `assignedTo` (an institution that still takes part),
 * and every task of the groups `coordinatedBy` convened. The same rule as `isTaskOverdue`.
 */
export async function countOverdueGroupTasks(
  db: Executor,
  {
    assignedTo,
    coordinatedBy,
    today,
  }: { assignedTo: readonly string[]; coordinatedBy: readonly string[]; today: string },
): Promise<OverdueTaskCount[]> {
  const whose = [
    ...(assignedTo.length
      ? [
          and(
            inArray(cooperationGroupTasks.institutionId, [...assignedTo]),
            ne(cooperationGroupMembers.status, 'declined'),
          ),
        ]
      : []),
    ...(coordinatedBy.length ? [inArray(cooperationGroups.opsInstitutionId, [...coordinatedBy])] : []),
  ];
  if (whose.length === 0) return [];
  return db
    .select({
      groupId: cooperationGroups.id,
      groupLabel: cooperationGroups.label,
      opsInstitutionId: cooperationGroups.opsInstitutionId,
      institutionId: cooperationGroupTasks.institutionId,
      institutionName: institutions.name,
      count: count(),
    })
    .from(cooperationGroupTasks)
    .innerJoin(cooperationGroups, eq(cooperationGroups.id, cooperationGroupTasks.groupId))
    .innerJoin(cooperationGroupMembers, eq(cooperationGroupMembers.id, cooperationGroupTasks.memberId))
    .innerJoin(institutions, eq(institutions.id, cooperationGroupTasks.institutionId))
    .where(
      and(
        eq(cooperationGroups.status, 'active'),
        inArray(cooperationGroupTasks.status, ['planned', 'inProgress']),
        lt(cooperationGroupTasks.dueOn, today),
        or(...whose),
      ),
    )
    .groupBy(
      cooperationGroups.id,
      cooperationGroups.label,
      cooperationGroups.opsInstitutionId,
      cooperationGroupTasks.institutionId,
      institutions.name,
    );
}
