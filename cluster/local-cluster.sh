#!/usr/bin/env bash
# The distributed topology as local processes on loopback: embedded PostgreSQL, write and read nodes as
# separate JVMs, and a small router (reads to read nodes, writes to write nodes) on one port.
#   cluster/local-cluster.sh [writes=2] [reads=2] [router port=8080]
# Demo accounts (password = user name); node logs in cluster/target/cluster-logs/. Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -cp 'cluster/target/classes:cluster/target/lib/*' care.smd.cluster.LocalCluster "$@"
