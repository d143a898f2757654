#!/usr/bin/env bash
# Runs the JMH micro-benchmarks of the pure folds (bench/src/main/java/.../fold) in a forked JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install
CP="bench/target/classes:$(mvn -B -q -Dstyle.color=never -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')"
java -cp "$CP" org.openjdk.jmh.Main "${@:-BoardFold}"
