import { useEffect, useState } from 'react';
import { applicationsStrings as s } from '../applications.strings.js';
import { focusElement } from './editor-context.js';
import { groupDomIdOf } from './problem-paths.js';
import type { NavGroup } from './problems-panel.js';

/** The section whose top is nearest above the reading line (a third down the window). */
function useCurrentSection(groups: NavGroup[]): string | null {
  const [current, setCurrent] = useState<string | null>(groups[0]?.key ?? null);
  useEffect(() => {
    const update = () => {
      const line = window.innerHeight / 3;
      let found: string | null = groups[0]?.key ?? null;
      for (const group of groups) {
        const element = document.getElementById(groupDomIdOf(group.key));
        if (element && element.getBoundingClientRect().top <= line) found = group.key;
      }
      setCurrent(found);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, [groups]);
  return current;
}

/** 申报书目录: the sections in order, each with a red count of its open problems. */
export function SectionNav({ groups, counts }: { groups: NavGroup[]; counts: Map<string, number> }) {
  const current = useCurrentSection(groups);
  return (
    <nav className="app-section-nav" aria-label={s.sectionNav}>
      <h2 className="app-side-title">{s.sectionNav}</h2>
      <ol>
        {groups.map((group) => {
          const count = counts.get(group.key) ?? 0;
          const id = groupDomIdOf(group.key);
          return (
            <li key={group.key}>
              <a
                href={`#${id}`}
                className={current === group.key ? 'app-nav-item is-current' : 'app-nav-item'}
                aria-current={current === group.key ? 'location' : undefined}
                onClick={(event) => {
                  const target = document.getElementById(id);
                  if (!target) return;
                  event.preventDefault();
                  focusElement(target, { block: 'start' });
                }}
              >
                <span>{group.title}</span>
                {count > 0 && (
                  <span className="app-nav-badge" title={s.problemsCount(count)}>
                    {count}
                    <span className="visually-hidden">{s.problemsTitle}</span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
