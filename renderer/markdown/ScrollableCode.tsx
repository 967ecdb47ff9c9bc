import { useEffect, useRef, useState, type JSX } from 'react';
import type { ExtraProps } from 'react-markdown';

/**
 * A code block keeps its lines as written and scrolls sideways instead of widening the
 * entry; when it does scroll, it joins the tab order so the keyboard can scroll it too.
 */
export function ScrollableCode({ node: _node, children, ...props }: JSX.IntrinsicElements['pre'] & ExtraProps) {
  const ref = useRef<HTMLPreElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const pre = ref.current;
    if (!pre) return;
    // Called once when observing starts, then whenever the block's size changes.
    const observer = new ResizeObserver(() => setScrollable(pre.scrollWidth > pre.clientWidth));
    observer.observe(pre);
    return () => observer.disconnect();
  }, []);

  return (
    <pre {...props} ref={ref} dir="ltr" tabIndex={scrollable ? 0 : undefined}>
      {children}
    </pre>
  );
}
