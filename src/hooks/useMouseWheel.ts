// The wheel scrolls this screen while it is mounted, when the user turned mouse reporting on
// (MOCKVIEW_MOUSE=1, see src/terminal/mouse.ts). Reporting is switched on only while such a screen
// is up, so text can be selected with a plain drag everywhere else.
import { useStdout } from 'ink';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useServices } from '../navigation.js';
import { MOUSE_OFF, MOUSE_ON, mouseWanted, onWheel, type WheelDirection } from '../terminal/mouse.js';

export function useMouseWheel(handler: (direction: WheelDirection) => void): void {
  const { env } = useServices();
  const { stdout } = useStdout();
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  const wanted = mouseWanted(env);
  useEffect(() => {
    if (!wanted) return;
    stdout.write(MOUSE_ON);
    const off = onWheel((d) => latest.current(d));
    return () => {
      off();
      stdout.write(MOUSE_OFF);
    };
  }, [wanted, stdout]);
}
