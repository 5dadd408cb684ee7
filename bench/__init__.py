"""autokg's benchmarks: figures anyone can reproduce with `python -m bench` (see README,
"Performance"). They print numbers; they are not tests."""
