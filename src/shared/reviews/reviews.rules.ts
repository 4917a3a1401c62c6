/**
 * Whether a decision carries the reason it needs: a rejection (不通过) its written reason, since field comments say what
 * to correct, not why the application fails; a return its comment or at least one field comment; a pass nothing.
 */
export function hasRequiredReason(decision: {
  outcome: 'pass' | 'return' | 'reject';
  comment: string;
  fieldComments: unknown[];
}): boolean {
  if (decision.outcome === 'pass') return true;
  if (decision.comment.trim()) return true;
  return decision.outcome === 'return' && decision.fieldComments.length > 0;
}
