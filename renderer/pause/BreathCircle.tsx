import { useEffect, useRef } from 'react';

interface BreathCircleProps {
  /** Changes whenever a new phase begins, so the same size twice in a row still animates. */
  phaseKey: string;
  scale: number;
  durationMs: number;
}

/**
 * The circle that grows with a breath in and shrinks with a breath out. Each
 * phase is one Web Animation from wherever the circle is now to the phase's
 * size, so the movement is smooth whatever the timer's granularity.
 */
export function BreathCircle({ phaseKey, scale, durationMs }: BreathCircleProps) {
  const circle = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = circle.current;
    if (!element) return;
    const previous = element.getAnimations();
    const from = getComputedStyle(element).transform;
    element.animate([{ transform: from }, { transform: `scale(${scale})` }], {
      duration: durationMs,
      easing: 'ease-in-out',
      fill: 'forwards',
    });
    for (const animation of previous) animation.cancel();
  }, [phaseKey, scale, durationMs]);

  return (
    <div className="breath-stage" aria-hidden="true">
      <div ref={circle} className="breath-circle" />
    </div>
  );
}
