# Sourced by ./isnad and .ci/run: prints the home of a JDK >= 21 (JAVA_HOME if it qualifies, else
# the java on PATH, else the newest under /usr/lib/jvm), or fails.
isnad_jdk_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
isnad_find_jdk() {
  local c v
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/javac" ] || continue
    v="$(isnad_jdk_version "$c")"
    v="${v%%.*}"
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then echo "$c"; return 0; fi
  done
  return 1
}
