// Deliberately broken: a test file that cannot load must fail the run too.
throw new Error('this test file cannot load, on purpose');
