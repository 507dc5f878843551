# The two commands of the README (run, test), plus the shared set-up and the docs. All the work is in
# dev/bootstrap.sh.
.PHONY: run test setup docs

run:
	@dev/bootstrap.sh run

test:
	@dev/bootstrap.sh test $(ARGS)

setup:
	@dev/bootstrap.sh setup

docs:
	@dev/bootstrap.sh docs
