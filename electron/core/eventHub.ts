import type { PresenceEvent } from '../../shared/ipc/events';
import type { Logger } from './logger';

export interface EventHub {
  emit(event: PresenceEvent): void;
  on(listener: (event: PresenceEvent) => void): void;
}

/** Fan-out of push events; a failing listener is logged and never stops the others. */
export function createEventHub(log: Logger): EventHub {
  const listeners: Array<(event: PresenceEvent) => void> = [];
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          log.error(`a listener for ${event.type} failed`, error);
        }
      }
    },
    on: (listener) => listeners.push(listener),
  };
}
