import type { Blocker } from './publishBlockers'
import type { WorkflowAction } from './transitions'

/**
 * The blockers that make the server refuse this action even when the transitions table allows it: publishing
 * (now or scheduled) needs none at all (the publish gate), signing off needs none but the missing or stale sign-off it is about to
 * give. The sign-off action and the admin panel both ask this, so the panel never offers what the gate refuses.
 */
export const blockersAgainst = ({ action, blockers }: { action: WorkflowAction; blockers: Blocker[] }): Blocker[] => {
  // A schedule is refused what a publish now would be refused: it would only fail at its time.
  if (action === 'publish' || action === 'schedule') return blockers
  if (action === 'sign-off')
    return blockers.filter((blocker) => blocker.code !== 'no-sign-off' && blocker.code !== 'sign-off-stale')
  return []
}
