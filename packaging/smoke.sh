#!/usr/bin/env bash
# Packaging smoke tests, as an office would meet the program: built, installed outside the source
# tree, then used. `packaging/smoke.sh wheel` builds the wheel, installs it (not editable) into a
# brand-new virtualenv with the versions of constraints.txt and runs the first commands of the
# README plus every role's screens offscreen. `packaging/smoke.sh onefolder` also builds the
# PyInstaller folder from that clean environment and runs the same checks on its programs.
# Sizes are printed as `name: value unit` lines.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
what=${1:-wheel}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mpp-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PY=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || command -v python3 )}

say() { printf '==> %s\n' "$*" >&2; }

say "building the wheel"
"$PY" -m pip wheel --no-deps --no-build-isolation -q -w "$WORK/dist" "$SRC" 2>/dev/null \
  || "$PY" -m pip wheel --no-deps -q -w "$WORK/dist" "$SRC"
wheel=$(ls "$WORK"/dist/mpp_kiosk-*.whl)
say "installing $(basename "$wheel") into a clean virtualenv"
"$(command -v python3)" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q --upgrade pip
"$WORK/venv/bin/python" -m pip install -q -c "$SRC/constraints.txt" "$wheel"
echo "installed_venv_size: $(du -sm "$WORK/venv" | cut -f1) MB"

check_program() {   # $1 = admin command, $2 = screens command; run in an empty folder, machine scope
  local cli=$1 screens=$2 home="$WORK/home-$3"
  mkdir -p "$home"
  (
    cd "$home"
    export MPP_KIOSK_SCOPE=machine MPP_KIOSK_MACHINE_ROOT="$home/root" QT_QPA_PLATFORM=offscreen
    unset MPP_KIOSK_CONFIG MPP_KIOSK_DB
    $cli --version
    $cli init
    $cli config check
    $cli catalog show 50 | head -n 3
    $cli --now 2026-12-01T09:00 ticket issue 50
    ls "$home/root/data/printer/"*.png >/dev/null   # the virtual printer drew the ticket
    $cli backup
    for role in kiosk staff display survey; do
      $screens run --role "$role" --self-test
    done
    # The page for phones: it starts, answers, and stops on request.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    printf '[web]\nhost = "127.0.0.1"\nport = %s\n' "$port" >"$home/web.toml"
    $cli --config "$home/web.toml" serve & web=$!
    python3 - "$port" <<'PY'
import sys, time, urllib.request
for _ in range(150):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/layanan", timeout=1) as page:
            assert b"Standar pelayanan" in page.read()
            break
    except OSError:
        time.sleep(0.2)
else:
    sys.exit("the page for phones did not answer")
PY
    kill "$web"; wait "$web" || true
  )
}

if [ "$what" = wheel ]; then
  (cd "$WORK" && "$WORK/venv/bin/python" -c 'import kiosk, ui, sys; assert "site-packages" in kiosk.__file__, kiosk.__file__')
  check_program "$WORK/venv/bin/mpp-kiosk" "$WORK/venv/bin/mpp-kiosk" wheel
  say "wheel smoke passed"
elif [ "$what" = onefolder ]; then
  say "building the one-folder program with PyInstaller"
  "$WORK/venv/bin/python" -m pip install -q -c "$SRC/constraints.txt" pyinstaller
  "$WORK/venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$WORK/onefolder" \
      --workpath "$WORK/build" "$SRC/packaging/mpp-kiosk.spec"
  app="$WORK/onefolder/mpp-kiosk"
  echo "onefolder_size: $(du -sm "$app" | cut -f1) MB"
  check_program "$app/mpp-kiosk" "$app/mpp-kiosk-screens" onefolder
  say "one-folder smoke passed"
else
  echo "usage: packaging/smoke.sh wheel|onefolder" >&2; exit 2
fi
