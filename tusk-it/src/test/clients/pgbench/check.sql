-- After the run: every transaction left one history row and the balances add up to the deltas.
SELECT count(*) AS transactions, (SELECT sum(abalance) FROM bench_accounts) = sum(delta) AS balanced FROM bench_history;
