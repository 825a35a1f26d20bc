# shellcheck shell=sh
# Sourced by test.sh: makes a PostgreSQL server available to the store tests and exports
# CAIRN_TEST_POSTGRES_URL, CAIRN_TEST_POSTGRES_USER and CAIRN_TEST_POSTGRES_PASSWORD. When they are already
# set, that server is used as it is. Otherwise, as root, the machine's cluster is started (pg_ctlcluster) and a
# cairn_test role and database are created; as another user, a private server is started in target/postgres
# and stopped again by cairn_test_postgres_stop.

cairn_test_postgres() {
	[ -n "${CAIRN_TEST_POSTGRES_URL:-}" ] && return 0
	pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$pg_bin" ]; then
		echo "test.sh: the store tests need PostgreSQL. On Debian/Ubuntu: sudo apt-get install postgresql" >&2
		echo "         (or point CAIRN_TEST_POSTGRES_URL, _USER and _PASSWORD at a server)" >&2
		return 1
	fi
	if [ "$(id -u)" -eq 0 ] && command -v pg_ctlcluster >/dev/null 2>&1; then
		cluster=$(pg_lsclusters -h 2>/dev/null | head -n 1)
		if [ -z "$cluster" ]; then
			version=$(basename "$(dirname "$pg_bin")")
			pg_createcluster "$version" main >/dev/null || return 1
			cluster=$(pg_lsclusters -h | head -n 1)
		fi
		set -- $cluster
		pg_version=$1 pg_name=$2 pg_port=$3
		if [ "$4" != online ]; then
			pg_ctlcluster "$pg_version" "$pg_name" start || { echo "test.sh: could not start PostgreSQL $pg_version/$pg_name" >&2; return 1; }
		fi
		as_postgres() { su postgres -c "$1"; }
		as_postgres "psql -q -p $pg_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'cairn_test'\"" | grep -q 1 ||
			as_postgres "psql -q -p $pg_port -c \"CREATE ROLE cairn_test LOGIN PASSWORD 'cairn_test'\"" >/dev/null || return 1
		as_postgres "psql -q -p $pg_port -tAc \"SELECT 1 FROM pg_database WHERE datname = 'cairn_test'\"" | grep -q 1 ||
			as_postgres "createdb -p $pg_port -O cairn_test cairn_test" || return 1
		CAIRN_TEST_POSTGRES_URL="jdbc:postgresql://localhost:$pg_port/cairn_test"
	else
		pg_dir="$repo/target/postgres"
		pg_port=55432
		if [ ! -f "$pg_dir/PG_VERSION" ]; then
			rm -rf "$pg_dir"
			mkdir -p "$pg_dir"
			printf 'cairn_test\n' >"$pg_dir.pw"
			"$pg_bin/initdb" -D "$pg_dir" -U cairn_test --pwfile="$pg_dir.pw" -A scram-sha-256 >/dev/null || return 1
		fi
		"$pg_bin/pg_ctl" -D "$pg_dir" -o "-p $pg_port -k $pg_dir -c listen_addresses=localhost" -l "$pg_dir.log" -w start >/dev/null ||
			{ echo "test.sh: could not start a PostgreSQL server in $pg_dir (see $pg_dir.log)" >&2; return 1; }
		cairn_test_postgres_started=$pg_dir
		PGPASSWORD=cairn_test "$pg_bin/psql" -q -h localhost -p $pg_port -U cairn_test -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'cairn_test'" | grep -q 1 ||
			PGPASSWORD=cairn_test "$pg_bin/createdb" -h localhost -p $pg_port -U cairn_test cairn_test || return 1
		CAIRN_TEST_POSTGRES_URL="jdbc:postgresql://localhost:$pg_port/cairn_test"
	fi
	CAIRN_TEST_POSTGRES_USER=cairn_test
	CAIRN_TEST_POSTGRES_PASSWORD=cairn_test
	export CAIRN_TEST_POSTGRES_URL CAIRN_TEST_POSTGRES_USER CAIRN_TEST_POSTGRES_PASSWORD
	echo "test.sh: PostgreSQL for the store tests at $CAIRN_TEST_POSTGRES_URL" >&2
}

cairn_test_postgres_stop() {
	if [ -n "${cairn_test_postgres_started:-}" ]; then
		pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
		"$pg_bin/pg_ctl" -D "$cairn_test_postgres_started" -m fast stop >/dev/null 2>&1 || true
	fi
}
