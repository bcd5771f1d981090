"""An AT-SPI client, as a screen reader is one: prints what the accessibility bus tells about one
application (by process id) as JSON lines, one per object that is showing.

Run with the system Python that has pyatspi (Debian's python3-pyatspi, what Orca uses), not the
project's virtualenv: ``/usr/bin/python3 dump_tree.py PID``. Exit status 3: the application is not
on the bus (yet).
"""

import json
import sys

import pyatspi


def states_of(accessible):
    state_set = accessible.getState()
    return sorted(pyatspi.stateToString(s) for s in state_set.getStates())


def walk(accessible, depth, out):
    if depth > 60:
        return
    try:
        states = states_of(accessible)
        role = accessible.getRoleName()
        name = accessible.name or ""
        description = accessible.description or ""
    except Exception:  # an object that went away while walking
        return
    if "showing" in states or depth <= 2:
        out.append({"role": role, "name": name, "description": description, "states": states, "depth": depth})
    for index in range(accessible.childCount):
        try:
            child = accessible.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            walk(child, depth + 1, out)


def main():
    pid = int(sys.argv[1])
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        try:
            if app.get_process_id() != pid:
                continue
        except Exception:
            continue
        out = []
        walk(app, 0, out)
        for node in out:
            print(json.dumps(node, ensure_ascii=False))
        return 0
    return 3


if __name__ == "__main__":
    sys.exit(main())
