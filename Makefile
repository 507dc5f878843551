# The two commands of the README. Everything else lives in dev/bootstrap.sh.
.PHONY: run test setup docs

run:
	@dev/bootstrap.sh run

test:
	@dev/bootstrap.sh test $(ARGS)

setup:
	@dev/bootstrap.sh setup

docs:
	@.venv/bin/mkdocs build --strict
