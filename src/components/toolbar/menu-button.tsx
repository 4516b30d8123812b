import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import '../buttons.css';
import './menu-button.css';

export interface MenuItem {
  label: string;
  /** What choosing the item does; a link item follows its address instead. */
  onSelect?: () => void;
  /** A file to download rather than an action. */
  href?: string;
}

/**
 * A button that opens a short menu of actions: arrows move between them, Enter or a click chooses,
 * Escape or a click elsewhere closes it and gives focus back to the button.
 */
export function MenuButton({ label, items }: { label: string; items: readonly MenuItem[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const entries = () => [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  // Where focus goes once the menu is open: the first item, or the last after ArrowUp.
  const [focusFirst, setFocusFirst] = useState<'first' | 'last' | null>(null);

  useEffect(() => {
    if (!open) return;
    if (focusFirst) (focusFirst === 'first' ? entries()[0] : entries().at(-1))?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    // Escape closes it wherever focus is (on an item, or still on the button after a click), and only
    // it: caught on the way down, it never reaches the panel, which Escape would close as well.
    const escape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open, focusFirst]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setFocusFirst(event.key === 'ArrowDown' ? 'first' : 'last');
    setOpen(true);
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Tab') setOpen(false);
  };

  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button menu-trigger"
        id={`${id}button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}menu`}
        onClick={(event) => {
          // Opened from the keyboard (a click with no pointer), focus goes to the first item.
          setFocusFirst(event.detail === 0 ? 'first' : null);
          setOpen(!open);
        }}
        onKeyDown={onButtonKey}
      >
        {label}
        <span className="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul className="menu-list" role="menu" id={`${id}menu`} aria-labelledby={`${id}button`} hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) => (
          <li key={item.label} role="none">
            {item.href ? (
              <a role="menuitem" tabIndex={-1} className="menu-item" href={item.href} download onClick={() => close(true)}>
                {item.label}
              </a>
            ) : (
              <button
                role="menuitem"
                tabIndex={-1}
                type="button"
                className="menu-item"
                onClick={() => {
                  close(true);
                  item.onSelect?.();
                }}
              >
                {item.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
