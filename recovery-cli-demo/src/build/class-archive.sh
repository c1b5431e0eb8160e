#!/bin/sh
# Writes the class data sharing archive that the launcher passes to Java: JAVA JAR TARGET.
#
# Runs the freshly built jar as a person would on a small demo journey, in a throwaway folder
# under TARGET: the demo, Maya's first `status` (which makes her key), then her second `status`
# with -XX:ArchiveClassesAtExit, so the archive holds the classes a command loads. The archive is
# written under a temporary name, then its size beside it (TARGET/recovery.jsa.size) and the
# archive moved into place, so the launcher never finds a half-written one. A failure here leaves
# no archive and fails nothing: the launcher then starts Java without one.
set -u
java=$1
jar=$2
target=$3
work=$target/class-archive
rm -rf "$work" "$target/recovery.jsa" "$target/recovery.jsa.size"
mkdir -p "$work"
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" RECOVERY_PASSPHRASE=maya-demo-2025
unset RECOVERY_PARTNER_PASSPHRASE JAVA_TOOL_OPTIONS
if "$java" -jar "$jar" demo --months 2 --seed 2025 --db "$work/demo.db" >"$work/log" 2>&1 &&
  "$java" -jar "$jar" status --as Maya --db "$work/demo.db" >>"$work/log" 2>&1 &&
  "$java" -XX:ArchiveClassesAtExit="$work/recovery.jsa" -jar "$jar" status --as Maya \
    --db "$work/demo.db" >>"$work/log" 2>&1 &&
  [ -s "$work/recovery.jsa" ]; then
  wc -c <"$work/recovery.jsa" | tr -d ' ' >"$target/recovery.jsa.size"
  mv "$work/recovery.jsa" "$target/recovery.jsa"
  rm -rf "$work"
  echo "Class data sharing archive: $target/recovery.jsa"
else
  echo "No class data sharing archive (the launcher starts Java without one); see $work/log" >&2
fi
exit 0
