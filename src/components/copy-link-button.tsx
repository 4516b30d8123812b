import { useEffect, useState } from 'react';
import './buttons.css';
import './copy-link-button.css';

type Status = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<Status, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy; copy the address from the address bar',
};

/** Copies the URL of the current view, which opens exactly this view. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return setStatus('failed');
    clipboard.writeText(window.location.href).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      <span className="copy-status" role="status">
        {MESSAGES[status]}
      </span>
    </div>
  );
}
