import type { CSSProperties, PointerEvent } from 'react';
import { axisLabels } from '../../shared/content/emotions';
import { axisMax, axisMin, clampToAxis } from './feelingDraft';

interface FeelingPlaneProps {
  pleasantness: number;
  energy: number;
  placed: boolean;
  onPlace(pleasantness: number, energy: number): void;
}

const span = axisMax - axisMin;

/**
 * The pleasantness × energy plane, drawn. It mirrors the two sliders and takes
 * a click or a drag; keyboard and screen-reader users use the sliders, which
 * say the same thing, so the drawing itself is hidden from assistive technology.
 */
export function FeelingPlane({ pleasantness, energy, placed, onPlace }: FeelingPlaneProps) {
  const position = {
    '--x': `${((pleasantness - axisMin) / span) * 100}%`,
    '--y': `${((axisMax - energy) / span) * 100}%`,
  } as CSSProperties;

  function placeAt(event: PointerEvent<HTMLDivElement>): void {
    if (event.type === 'pointermove' && event.buttons === 0) return;
    // Keep following a drag that wanders off the plane; the point stays on its edge.
    if (event.type === 'pointerdown') event.currentTarget.setPointerCapture(event.pointerId);
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width;
    const y = (event.clientY - box.top) / box.height;
    onPlace(clampToAxis(axisMin + x * span), clampToAxis(axisMax - y * span));
  }

  return (
    <div className="feeling-plane" aria-hidden="true" onPointerDown={placeAt} onPointerMove={placeAt}>
      <span className="plane-axis plane-axis-x" />
      <span className="plane-axis plane-axis-y" />
      <span className="plane-end plane-end-top">{axisLabels.energy.high}</span>
      <span className="plane-end plane-end-bottom">{axisLabels.energy.low}</span>
      <span className="plane-end plane-end-left">{axisLabels.pleasantness.low}</span>
      <span className="plane-end plane-end-right">{axisLabels.pleasantness.high}</span>
      <span className="plane-point" data-placed={placed} style={position} />
    </div>
  );
}
