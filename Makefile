# The two commands of the README (run, test), plus the shared set-up, the docs and the load test. All the work is in
# dev/bootstrap.sh.
.PHONY: run test setup docs load bigtable bulk

run:
	@dev/bootstrap.sh run

test:
	@dev/bootstrap.sh test $(ARGS)

setup:
	@dev/bootstrap.sh setup

docs:
	@dev/bootstrap.sh docs

load:  # the load test (benchmarks/load.py, several minutes; not part of `make test`): make load ARGS='--workers 4'
	@dev/bootstrap.sh load $(ARGS)

bigtable:  # schema changes on a type with 1,000,000 objects (benchmarks/big_table.py, minutes; not part of `make test`)
	@dev/bootstrap.sh bigtable $(ARGS)

bulk:  # bulk writes of 10,000 objects and reads of 1,000,000, next to dcim.Site (benchmarks/bulk.py, about an hour; not in `make test`)
	@dev/bootstrap.sh bulk $(ARGS)
