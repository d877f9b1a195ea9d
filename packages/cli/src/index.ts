/**
 * @machi/cli — the `machi` command. Nothing is here yet: the scenarios and Monte Carlo issues build it.
 */
export {};
