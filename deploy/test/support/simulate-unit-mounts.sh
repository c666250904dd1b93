#!/bin/sh
# Rebuilds, with unshare(1) and mount(8), the filesystem view the hardening of
# deploy/systemd/oxios.service gives the service, then starts a sandbox the way
# @oxios/container-bwrap does (prlimit -> bwrap with its namespace, capability, hostname and /proc
# options) as an unprivileged user with no capabilities and no_new_privs, as the service would.
# Must run as root inside `unshare --mount --pid --fork --ipc --uts`. A simulation, not systemd:
# seccomp (SystemCallFilter=) is not applied here; set TRACE to record the sandbox start's system
# calls with strace so a test can compare them with the unit's filter.
#   $1  scratch folder (must exist)
#   $2  "unit"      the unit's mounts only
#       "tunables"  plus /proc/sys read-only, as ProtectKernelTunables= does
#       "docker"    plus the /proc masks of Docker's default container (no systemd at all)
set -eu
scratch=$1
variant=${2:-unit}
mount --make-rslave /
mkdir -p "$scratch/olddev" "$scratch/inaccessible"
chmod 000 "$scratch/inaccessible"
mount --rbind /dev "$scratch/olddev"
# ProtectSystem=strict: the OS read-only.
for folder in /usr /etc /opt /var /boot /srv; do
  if [ -d "$folder" ]; then mount --bind "$folder" "$folder"; mount -o remount,bind,ro "$folder"; fi
done
# ProtectHome=yes: homes inaccessible.
for folder in /home /root; do if [ -d "$folder" ]; then mount --bind "$scratch/inaccessible" "$folder"; fi; done
# PrivateDevices=yes: a minimal /dev.
mount -t tmpfs -o mode=755,nosuid tmpfs /dev
for node in null zero full random urandom tty; do touch "/dev/$node"; mount --bind "$scratch/olddev/$node" "/dev/$node"; done
mkdir /dev/pts /dev/shm
mount -t devpts -o newinstance,ptmxmode=0666 devpts /dev/pts
ln -s pts/ptmx /dev/ptmx
mount -t tmpfs tmpfs /dev/shm
umount -l "$scratch/olddev"
# ProtectProc=invisible, ProtectControlGroups=yes, ProtectKernelModules=yes.
mount -t proc -o hidepid=invisible proc /proc
mount --bind -o ro /sys/fs/cgroup /sys/fs/cgroup
if [ -d /usr/lib/modules ]; then mount --bind "$scratch/inaccessible" /usr/lib/modules; fi
if [ "$variant" = tunables ]; then mount --bind /proc/sys /proc/sys; mount -o remount,bind,ro /proc/sys; fi
if [ "$variant" = docker ]; then
  # Docker's default masked paths (/dev/null over files, an empty tmpfs over folders) and
  # read-only paths; `--security-opt systempaths=unconfined` is what removes them.
  for path in /proc/asound /proc/acpi /proc/kcore /proc/keys /proc/latency_stats /proc/timer_list /proc/sched_debug /proc/scsi; do
    if [ -d "$path" ]; then mount -t tmpfs -o ro tmpfs "$path"; elif [ -e "$path" ]; then mount --bind /dev/null "$path"; fi
  done
  for path in /proc/bus /proc/fs /proc/irq /proc/sys /proc/sysrq-trigger; do
    if [ -e "$path" ]; then mount --bind "$path" "$path"; mount -o remount,bind,ro "$path"; fi
  done
fi
# PrivateTmp=yes. The trace file, when asked for, is opened before /tmp is replaced.
trace=${TRACE:-}
if [ -n "$trace" ]; then exec 9>"$trace"; chmod 666 "$trace"; fi
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=1777 tmpfs /var/tmp
mkdir -m 777 /tmp/workspace
cd /
tracer=""
if [ -n "$trace" ]; then tracer="strace -f -qq -o /proc/self/fd/9"; fi
# shellcheck disable=SC2086 # $tracer is empty or a command prefix.
exec setpriv --reuid=65534 --regid=65534 --clear-groups --no-new-privs --bounding-set=-all --inh-caps=-all \
  $tracer prlimit --nofile=64:64 --fsize=1048576:1048576 --cpu=10:10 \
  bwrap --die-with-parent --new-session --unshare-all --unshare-user --disable-userns --cap-drop ALL \
    --hostname oxios-sandbox --clearenv --setenv PATH /usr/bin:/bin --setenv HOME /tmp \
    --ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/lib /lib --symlink usr/lib64 /lib64 --ro-bind /etc /etc \
    --dev /dev --proc /proc --remount-ro /proc --size 1048576 --tmpfs /tmp \
    --bind /tmp/workspace /workspace --chdir /workspace --remount-ro / \
    -- /bin/sh -c 'echo "sandboxed uid=$(id -u) host=$(uname -n) pid=$$"'
