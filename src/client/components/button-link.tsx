import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

type ButtonLinkProps = Omit<ButtonProps, 'href' | 'onClick'> & { to: string };

/**
 * A link that looks like a button. Renders one <a> (no button nested in a link, which screen readers
 * announce twice) and navigates inside the app, while ctrl/middle-click still opens a new tab.
 */
export function ButtonLink({ to, ...buttonProps }: ButtonLinkProps) {
  const navigate = useNavigate();
  const href = useHref(to);
  const handleClick = (event: MouseEvent<HTMLElement>) => {
    const isModified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (isModified) return;
    event.preventDefault();
    void navigate(to);
  };
  return <Button {...buttonProps} href={href} onClick={handleClick} />;
}
