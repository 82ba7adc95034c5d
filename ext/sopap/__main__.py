from sopap.cli import run

run()
