#!/bin/sh
# Writes the class data sharing archive that the launcher passes to Java: JAVA JAR TARGET.
#
# Runs the freshly built jar as a person would on a small demo journey, in a throwaway folder
# under TARGET: the demo, Maya's first `status` (which makes her key), then her second `status`
# and a `report --format json`, each with -XX:DumpLoadedClassList, so that the list names the
# classes a command loads. From that list Java writes a static archive (-Xshare:dump) for the jar
# at exactly the path the launcher will use. A static archive rather than a dynamic one
# (-XX:ArchiveClassesAtExit) because Java 17 leaves classes compiled for Java 5 out of a dynamic
# archive, and picocli is compiled for Java 5: a dynamic archive left its 180 classes to be read,
# verified and parsed from the jar at every start. The archive is written under a temporary name,
# then its size beside it (TARGET/recovery.jsa.size) and the archive moved into place, so the
# launcher never finds a half-written one. A failure here leaves no archive and fails nothing: the
# launcher then starts Java without one.
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
  "$java" -XX:DumpLoadedClassList="$work/status.classes" -jar "$jar" status --as Maya \
    --db "$work/demo.db" >>"$work/log" 2>&1 &&
  "$java" -XX:DumpLoadedClassList="$work/report.classes" -jar "$jar" report --format json \
    --as Maya --db "$work/demo.db" >>"$work/log" 2>&1 &&
  # One list of both, each line once, in the order first seen (both lists name the same classes
  # the same way; a line the archive cannot use is skipped by Java with a warning in the log).
  # Without the few lambdas that implement picocli's interfaces: archiving one links the Java 5
  # class it names, and Java 17 archives a Java 5 class only if it is not linked at dump time, so
  # they would keep picocli.CommandLine itself and its converters out of the archive.
  cat "$work/status.classes" "$work/report.classes" | awk '!seen[$0]++' |
  grep -v '^@lambda-proxy .*picocli/' >"$work/classes" &&
  "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes" \
    -XX:SharedArchiveFile="$work/recovery.jsa" -cp "$jar" >>"$work/log" 2>&1 &&
  [ -s "$work/recovery.jsa" ] &&
  # Java checks the whole archive once as it maps it; the launcher trusts an archive not written
  # since its size was recorded below, and has Java check any other one at every start.
  "$java" -XX:SharedArchiveFile="$work/recovery.jsa" -XX:+VerifySharedSpaces -Xshare:on \
    -cp "$jar" -version >>"$work/log" 2>&1; then
  wc -c <"$work/recovery.jsa" | tr -d ' ' >"$target/recovery.jsa.size"
  mv "$work/recovery.jsa" "$target/recovery.jsa"
  rm -rf "$work"
  echo "Class data sharing archive: $target/recovery.jsa"
else
  echo "No class data sharing archive (the launcher starts Java without one); see $work/log" >&2
fi
exit 0
