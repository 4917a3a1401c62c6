import { Alert } from 'antd';
import type { Problem } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { focusProblem, groupOf } from './problem-paths.js';

export type NavGroup = { key: string; title: string };

/** Missing content or files (请填写…, 请上传…, 请至少…) read as to-dos; wrong values and limits as errors. */
const isTodo = (message: string) => /^请(填写|上传|至少|导出|选择)/.test(message);

/**
 * 待完善事项: every problem, grouped by section in form order; choosing one scrolls to the field and puts the
 * cursor in it.
 */
export function ProblemsPanel({ problems, groups }: { problems: Problem[]; groups: NavGroup[] }) {
  const byGroup = new Map<string, Problem[]>();
  // Wrong values and limits first: they need fixing, the to-dos only filling in.
  const ordered = [
    ...problems.filter((problem) => !isTodo(problem.message)),
    ...problems.filter((problem) => isTodo(problem.message)),
  ];
  for (const problem of ordered) {
    const group = groupOf(problem.path);
    byGroup.set(group, [...(byGroup.get(group) ?? []), problem]);
  }
  return (
    <aside className="app-problems" aria-labelledby="app-problems-title">
      <h2 id="app-problems-title" className="app-side-title">
        {s.problemsTitle}
        {problems.length > 0 && <span className="app-problems-count">{s.problemsCount(problems.length)}</span>}
      </h2>
      {problems.length === 0 ? (
        <Alert type="success" showIcon title={s.noProblems} />
      ) : (
        <>
          <p className="app-side-hint">{s.problemsHint}</p>
          <div className="app-problems-list">
            {groups
              .filter((group) => byGroup.has(group.key))
              .map((group) => (
                <section key={group.key} aria-label={group.title}>
                  <h3 className="app-problems-group">{group.title}</h3>
                  <ol>
                    {byGroup.get(group.key)!.map((problem) => (
                      <li key={`${problem.path}-${problem.message}`}>
                        <button
                          type="button"
                          className={isTodo(problem.message) ? 'app-problem-link is-todo' : 'app-problem-link'}
                          onClick={() => focusProblem(problem.path)}
                        >
                          {problem.message}
                        </button>
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
          </div>
        </>
      )}
    </aside>
  );
}
