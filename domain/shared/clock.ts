// Time is an input: the shell passes a clock, tests pass one they can move.
export type Clock = { now(): Date }
