#!/usr/bin/env bash
# golden/torch2_root.sh: a separate Debian root with real PyTorch 2.x, built once, used by chroot.
#
# The host runs Debian 12 (bookworm) with python3-torch 1.13.1. Newer real torch comes from newer
# Debian suites of the same archive, installed into their own root so that the host's packages
# never change:
#
#   trixie  python3-torch 2.6.0   Python 3.13, glibc 2.41
#   sid     python3-torch 2.14.1  Python 3.14, glibc 2.43  (sid moves: the version can change)
#
# Usage:
#   golden/torch2_root.sh trixie|sid [DIR]                        build if needed, print torch version
#   golden/torch2_root.sh trixie|sid [DIR] --print-dir            print DIR and exit (no build)
#   golden/torch2_root.sh trixie|sid [DIR] --run SCRIPT [ARGS...] run SCRIPT with the root's python3
#   golden/torch2_root.sh trixie|sid [DIR] --python [ARGS...]     run the root's python3 with ARGS
#
# DIR defaults to ${TORCH_PARITY_ROOTS:-$HOME/.cache/torch-parity/roots}/<suite>.
#
# Building is idempotent: when `python3 -c "import torch, numpy"` already works in DIR the script
# only prints the version (about two seconds). Otherwise it installs debootstrap on the host if
# missing, runs `debootstrap --variant=minbase <suite> DIR <mirror>` (the Debian mirror configured
# in /etc/apt/sources.list*, or $TORCH_PARITY_MIRROR), then apt-get installs python3-torch and
# python3-numpy inside DIR. An interrupted build is safe to re-run: an unfinished first stage is
# removed and redone, an unfinished second stage is resumed (dpkg --configure -a). The host's own
# apt sources are never touched. About 2 GB per root and a few minutes each (see
# /work/notes/torch2_findings.md for measured figures).
#
# --run copies SCRIPT's directory into DIR/tmp/torch2-run.XXXXXX/script/ and runs
# `python3 SCRIPT ARGS...` there; the working directory inside the root is the caller's working
# directory (bind-mounted), so RELATIVE paths in ARGS (e.g. `--out out/torch-2.6`) read and write
# the caller's files. Absolute paths refer to the root's file system. Note that a script's default
# output next to itself (generate.py's --out default) lands in the temporary copy, which is deleted
# afterwards: pass the output path explicitly. --python does the same without copying anything.
#
# Environment passed into the root by --run and --python (everything else is cleared):
# ATEN_CPU_CAPABILITY, OMP_NUM_THREADS, OPENBLAS_NUM_THREADS, MKL_NUM_THREADS, PYTHONHASHSEED,
# and any variable named in $TORCH_PARITY_ENV (space separated, e.g. "LD_PRELOAD").
# TORCH_PARITY_NO_UNSHARE=1 forces the fallback below (for testing it).
#
# Mounts: commands inside the root run in a private mount namespace (unshare --mount) where /proc
# (torch's cpuinfo and /proc/self/maps need it) and the working directory are mounted; the mounts
# vanish with the namespace, even if this script is killed, and concurrent runs do not disturb
# each other. Where unshare is not permitted, the script falls back to mounting /proc directly
# (only if it is not mounted yet, unmounted again by a trap on exit) and runs without the working
# directory bind (relative paths then refer to DIR/tmp/torch2-out, which is kept).
#
# Needs root (uses sudo when not root) for debootstrap, chroot and mount.
set -euo pipefail

SUITES="trixie sid"
# What each suite is expected to give; only a warning when it differs (sid moves on).
declare -A EXPECTED_TORCH=([trixie]="2.6" [sid]="2.14")
PASSED_ENV="ATEN_CPU_CAPABILITY OMP_NUM_THREADS OPENBLAS_NUM_THREADS MKL_NUM_THREADS PYTHONHASHSEED"
MARKER=".torch-parity-root" # written into DIR before debootstrap: DIR is ours to delete and redo
ROOT_PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

usage() {
  sed -n 's/^#   \(golden\/torch2_root.sh.*\)$/  \1/p' "$0" >&2
  exit 2
}
log() { printf "[torch2_root %s +%ss] %s\n" "$SUITE" "$SECONDS" "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Arguments
# ---------------------------------------------------------------------------------------------

[ $# -ge 1 ] || usage
SUITE=$1
shift
case " $SUITES " in *" $SUITE "*) ;; *) usage ;; esac

DIR="${TORCH_PARITY_ROOTS:-$HOME/.cache/torch-parity/roots}/$SUITE"
if [ $# -ge 1 ] && [ "${1#--}" = "$1" ]; then
  DIR=$1
  shift
fi
MODE=build
if [ $# -ge 1 ]; then
  case "$1" in
    --print-dir) [ $# -eq 1 ] || usage; MODE=print-dir ;;
    --run) [ $# -ge 2 ] || usage; MODE=run ;;
    --python) MODE=python ;;
    *) usage ;;
  esac
  shift
fi
# Absolute, without a trailing slash (DIR need not exist yet).
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac
DIR="${DIR%/}"
if [ -z "$DIR" ] || [ "$DIR" = "/" ]; then die "DIR must not be /"; fi

if [ "$MODE" = print-dir ]; then
  printf '%s\n' "$DIR"
  exit 0
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

# ---------------------------------------------------------------------------------------------
# Running a command inside the root
# ---------------------------------------------------------------------------------------------

# Can this machine give us a private mount namespace? (Decided once.)
USE_UNSHARE=0
if [ "${TORCH_PARITY_NO_UNSHARE:-0}" != 1 ] && $SUDO unshare --mount --propagation private true 2>/dev/null; then
  USE_UNSHARE=1
fi

# Fallback only (no unshare): /proc mounted by us, unmounted on exit.
PROC_MOUNTED_BY_US=0
RUN_TMP="" # DIR/tmp/torch2-run.XXXXXX of --run/--python, removed on exit
# shellcheck disable=SC2317 # called by the trap
cleanup() {
  if [ "$PROC_MOUNTED_BY_US" = 1 ]; then
    $SUDO umount "$DIR/proc" || log "warning: could not unmount $DIR/proc"
  fi
  if [ -n "$RUN_TMP" ]; then
    # The bind mount of the working directory lived only in the namespace, which is gone, so
    # this deletes the script copy and an empty mount point; --one-file-system guards anyway.
    $SUDO rm -rf --one-file-system "$RUN_TMP" || true
  fi
}
trap cleanup EXIT

# in_root [--cwd HOSTDIR] [--env NAME=VALUE]... -- COMMAND [ARGS...]
# Runs COMMAND in DIR with a clean environment, /proc mounted, optionally with HOSTDIR
# bind-mounted on $RUN_TMP/cwd (the command then starts there).
in_root() {
  local cwd_host="" envs=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --cwd) cwd_host=$2; shift 2 ;;
      --env) envs+=("$2"); shift 2 ;;
      --) shift; break ;;
      *) die "in_root: bad option $1" ;;
    esac
  done
  local inner_cwd=/
  local base=(env -i "PATH=$ROOT_PATH" HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive
    ${envs[@]+"${envs[@]}"})
  if [ "$USE_UNSHARE" = 1 ]; then
    local bind_target=""
    if [ -n "$cwd_host" ]; then
      bind_target="$RUN_TMP/cwd"
      inner_cwd="${bind_target#"$DIR"}"
    fi
    # In the new namespace: mount /proc unless DIR/proc is already a mount point, bind the
    # working directory, then chroot. $1 = DIR, $2 = host cwd or "", $3 = its mount point.
    # shellcheck disable=SC2016
    $SUDO unshare --mount --propagation private -- /bin/sh -c '
      set -e
      mountpoint -q "$1/proc" || mount -t proc proc "$1/proc"
      if [ -n "$2" ]; then mount --bind "$2" "$3"; fi
      shift 3
      exec "$@"' sh "$DIR" "$cwd_host" "$bind_target" \
      chroot "$DIR" "${base[@]}" /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$inner_cwd" "$@"
  else
    if [ -n "$cwd_host" ]; then
      # Kept between runs (RUN_TMP is deleted on exit).
      inner_cwd=/tmp/torch2-out
      $SUDO mkdir -p "$DIR$inner_cwd"
      log "warning: no mount namespace: relative paths refer to $DIR$inner_cwd, not $cwd_host"
    fi
    # shellcheck disable=SC2016
    $SUDO chroot "$DIR" "${base[@]}" /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$inner_cwd" "$@"
  fi
}

# Fallback (no unshare) only: mount DIR/proc for the rest of this script, unless it is mounted
# already. Called from the main shell (not from a $(...) subshell, whose state the trap
# would not see).
ensure_proc() {
  [ "$USE_UNSHARE" = 0 ] && [ "$PROC_MOUNTED_BY_US" = 0 ] && [ -d "$DIR/proc" ] || return 0
  mountpoint -q "$DIR/proc" && return 0
  if $SUDO mount -t proc proc "$DIR/proc" 2>/dev/null; then
    PROC_MOUNTED_BY_US=1
  else
    log "warning: cannot mount /proc in the root; running without it"
  fi
}

# The torch version if the root works, else nothing (and status 1).
torch_version() {
  [ -x "$DIR/usr/bin/python3" ] || return 1
  in_root -- python3 -c "import torch, numpy; print(torch.__version__)" 2>/dev/null
}

# ---------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------

# The Debian main archive configured on the host: the first `deb` entry (one-line format in
# *.list, deb822 format in *.sources; other file names are ignored, as apt does) that has the
# component main, a plain release suite (no -security/-updates/-backports, no vendor prefix) and
# is not a security mirror; one whose path ends in /debian is preferred.
host_mirror() {
  if [ -n "${TORCH_PARITY_MIRROR:-}" ]; then
    printf '%s\n' "$TORCH_PARITY_MIRROR"
    return
  fi
  local files=()
  [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
  local f
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
  done
  [ ${#files[@]} -gt 0 ] || return 1
  # Emit "URI SUITE COMPONENTS..." per enabled deb entry.
  local entries
  entries=$(
    for f in "${files[@]}"; do
      case "$f" in
        *.sources)
          awk '
            function flush() {
              if (types ~ /(^| )deb( |$)/ && enabled != "no")
                for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++) print u[i], s[j], comps
              types = ""; enabled = ""; comps = ""; nu = 0; ns = 0
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            {
              key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^ +/, "")
              if (key == "types") types = $0
              else if (key == "uris") nu = split($0, u, " ")
              else if (key == "suites") ns = split($0, s, " ")
              else if (key == "components") comps = $0
              else if (key == "enabled") enabled = tolower($0)
            }
            END { flush() }' "$f"
          ;;
        *)
          # deb [options] URI SUITE COMPONENTS...
          sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" { $1 = ""; sub(/^ +/, ""); print }'
          ;;
      esac
    done
  )
  local uri suite comps best="" first=""
  while read -r uri suite comps; do
    [ -n "$uri" ] || continue
    case " $comps " in *" main "*) ;; *) continue ;; esac
    case "$uri" in *security*) continue ;; esac
    case "$suite" in *-* | */* | "") continue ;; esac
    [ -n "$first" ] || first=$uri
    case "${uri%/}" in */debian) best=${best:-$uri} ;; esac
  done <<<"$entries"
  [ -n "$best$first" ] || return 1
  printf '%s\n' "${best:-$first}"
}

# apt-get inside the root; for sid (whose Release may be past its Valid-Until, e.g. on a snapshot
# mirror) `apt-get update` is retried with -o Acquire::Check-Valid-Until=false when it reports
# an expired Release file.
root_apt_update() {
  local out
  if out=$(in_root -- apt-get update 2>&1); then
    printf '%s\n' "$out" >&2
    return 0
  fi
  printf '%s\n' "$out" >&2
  if [ "$SUITE" = sid ] && printf '%s' "$out" | grep -qiE 'valid-until|expired|no longer valid'; then
    log "Release file expired; retrying with -o Acquire::Check-Valid-Until=false"
    in_root -- apt-get -o Acquire::Check-Valid-Until=false update >&2
    return
  fi
  return 1
}

build() {
  # Serialise concurrent builds of the same DIR (the lock file sits beside DIR).
  mkdir -p "$(dirname "$DIR")" 2>/dev/null || $SUDO mkdir -p "$(dirname "$DIR")"
  if command -v flock >/dev/null && { exec 9>>"$DIR.lock"; } 2>/dev/null; then
    flock 9
    # Another process may have finished the build while we waited.
    if torch_version >/dev/null; then return 0; fi
  fi

  # Stage 0: debootstrap on the host (only the package; the host's sources stay as they are).
  if ! command -v debootstrap >/dev/null && [ ! -x /usr/sbin/debootstrap ]; then
    log "installing debootstrap on the host"
    $SUDO apt-get install -y debootstrap >&2 || {
      $SUDO apt-get update >&2
      $SUDO apt-get install -y debootstrap >&2
    }
  fi
  local debootstrap
  debootstrap=$(command -v debootstrap || echo /usr/sbin/debootstrap)

  # Stage 1: the minimal base system. Complete when debootstrap removed its work directory
  # DIR/debootstrap and apt-get and dpkg's status exist.
  if [ -x "$DIR/usr/bin/apt-get" ] && [ -f "$DIR/var/lib/dpkg/status" ] && [ ! -e "$DIR/debootstrap" ]; then
    log "base system present in $DIR"
    if [ -f "$DIR/$MARKER" ] && ! grep -qx "suite=$SUITE" "$DIR/$MARKER"; then
      die "$DIR was built for another suite ($(grep '^suite=' "$DIR/$MARKER"))"
    fi
  else
    if [ -e "$DIR" ] && [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
      # Only a directory this script started (marker present) is deleted and redone.
      [ -f "$DIR/$MARKER" ] || die "$DIR exists, is not empty and was not made by this script"
      grep -qx "suite=$SUITE" "$DIR/$MARKER" || die "$DIR was started for another suite"
      # A killed debootstrap can leave its /proc and /sys mounts behind: unmount them (deepest
      # first) before deleting; rm --one-file-system would refuse to cross them anyway.
      local m
      while read -r m; do
        log "unmounting leftover $m"
        $SUDO umount "$m" || die "cannot unmount $m"
      done < <(awk -v d="$DIR" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r)
      log "removing the unfinished base system in $DIR"
      $SUDO rm -rf --one-file-system "$DIR"
    fi
    local mirror
    mirror=$(host_mirror) || die "no Debian mirror found in /etc/apt/sources.list*; set TORCH_PARITY_MIRROR"
    $SUDO mkdir -p "$DIR"
    printf 'suite=%s\nmirror=%s\n' "$SUITE" "$mirror" | $SUDO tee "$DIR/$MARKER" >/dev/null
    # The host's debootstrap may predate the suite's name; Debian's scripts for newer suites are
    # all links to "sid" anyway.
    local ds_script=()
    [ -e "/usr/share/debootstrap/scripts/$SUITE" ] || ds_script=(/usr/share/debootstrap/scripts/sid)
    log "debootstrap --variant=minbase $SUITE $DIR $mirror"
    $SUDO "$debootstrap" --variant=minbase "$SUITE" "$DIR" "$mirror" ${ds_script[@]+"${ds_script[@]}"} >&2
  fi

  ensure_proc
  # Stage 2: torch and numpy. dpkg --configure -a finishes an interrupted earlier install.
  in_root -- dpkg --configure -a >&2
  root_apt_update
  local pkgs=(python3-torch python3-numpy)
  log "apt-get install --no-install-recommends ${pkgs[*]}"
  in_root -- apt-get install -y --no-install-recommends "${pkgs[@]}" >&2
  if ! torch_version >/dev/null; then
    # Depends alone were not enough on this suite: take the recommended packages too.
    log "torch does not import with Depends only; installing with recommends"
    in_root -- apt-get install -y "${pkgs[@]}" >&2
  fi
  in_root -- apt-get clean >&2 # drop the downloaded .deb files (several hundred MB)
  torch_version >/dev/null || die "torch still does not import in $DIR"
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

ensure_proc
if ! version=$(torch_version); then
  log "building $DIR"
  build
  version=$(torch_version)
fi
case "$version" in
  "${EXPECTED_TORCH[$SUITE]}" | "${EXPECTED_TORCH[$SUITE]}".*) ;;
  *) log "warning: $SUITE gave torch $version, expected ${EXPECTED_TORCH[$SUITE]}.x" ;;
esac

if [ "$MODE" = build ]; then
  printf '%s\n' "$version"
  exit 0
fi

# --run / --python: pass the chosen variables, run in the caller's working directory.
envs=()
for name in $PASSED_ENV ${TORCH_PARITY_ENV:-}; do
  if [ -n "${!name+set}" ]; then envs+=(--env "$name=${!name}"); fi
done
RUN_TMP=$($SUDO mktemp -d "$DIR/tmp/torch2-run.XXXXXX")
$SUDO mkdir "$RUN_TMP/cwd"
if [ "$MODE" = run ]; then
  run_script=$1
  shift
  [ -f "$run_script" ] || die "no such script: $run_script"
  $SUDO mkdir "$RUN_TMP/script"
  $SUDO cp -a "$(cd "$(dirname "$run_script")" && pwd)/." "$RUN_TMP/script/"
  set -- python3 "${RUN_TMP#"$DIR"}/script/$(basename "$run_script")" "$@"
else
  set -- python3 "$@"
fi
status=0
in_root --cwd "$PWD" ${envs[@]+"${envs[@]}"} -- "$@" || status=$?
exit "$status"
