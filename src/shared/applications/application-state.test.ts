import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApplicationState,
  applicationEvents,
  applicationStates,
  isDeletableDraft,
  isEditable,
  nextState,
  type StateActor,
  transitions,
} from './application-state.js';

const actors: StateActor[] = ['enterprise', 'recommender', 'office'];
const terminal: ApplicationState[] = ['awarded', 'not_awarded', 'review_failed'];

describe('application state machine', () => {
  it('takes the enterprise from draft to submitted, withdrawn and back to submitted', () => {
    expect(nextState('draft', 'submit', 'enterprise')).toEqual({ allowed: true, to: 'submitted' });
    expect(nextState('submitted', 'withdraw', 'enterprise')).toEqual({ allowed: true, to: 'withdrawn' });
    expect(nextState('withdrawn', 'submit', 'enterprise')).toEqual({ allowed: true, to: 'submitted' });
    expect(nextState('returned', 'submit', 'enterprise')).toEqual({ allowed: true, to: 'submitted' });
  });

  it('refuses what the documents do not allow', () => {
    expect(nextState('submitted', 'submit', 'enterprise').allowed).toBe(false);
    expect(nextState('draft', 'withdraw', 'enterprise').allowed).toBe(false);
    expect(nextState('review_passed', 'withdraw', 'enterprise').allowed).toBe(false);
    expect(nextState('submitted', 'pass_review', 'enterprise').allowed).toBe(false);
    expect(nextState('draft', 'pass_review', 'recommender').allowed).toBe(false);
    expect(nextState('recommended', 'award', 'office').allowed).toBe(false);
  });

  it('allows exactly the listed moves, each to one actor (checked for every state, event and actor)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...applicationStates),
        fc.constantFrom(...applicationEvents),
        fc.constantFrom(...actors),
        (from, event, actor) => {
          const result = nextState(from, event, actor);
          const listed = transitions[event].from.includes(from) && transitions[event].by === actor;
          expect(result.allowed).toBe(listed);
          if (!result.allowed) expect(result.reason).toMatch(/[\u4e00-\u9fa5]/);
        },
      ),
    );
  });

  it('ends in awarded, not awarded or failed review, and nothing moves out of those', () => {
    for (const state of terminal)
      for (const event of applicationEvents)
        for (const actor of actors) expect(nextState(state, event, actor).allowed).toBe(false);
  });

  it('reaches every state from a draft', () => {
    const reached = new Set<ApplicationState>(['draft']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const transition of Object.values(transitions))
        if (transition.from.some((state) => reached.has(state)) && !reached.has(transition.to)) {
          reached.add(transition.to);
          changed = true;
        }
    }
    expect([...reached].sort()).toEqual([...applicationStates].sort());
  });

  it('lets the enterprise edit only drafts, withdrawn and returned applications', () => {
    expect(applicationStates.filter(isEditable)).toEqual(['draft', 'withdrawn', 'returned']);
  });

  it('lets only a draft never submitted be deleted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...applicationStates), fc.option(fc.date(), { nil: null }), (state, submittedAt) => {
        expect(isDeletableDraft(state, submittedAt)).toBe(state === 'draft' && submittedAt === null);
      }),
    );
  });
});
