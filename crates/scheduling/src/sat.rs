//! A thin layer over CaDiCaL: fresh variables, cardinality encodings and a deadline.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// A DIMACS literal (non-zero; negative = negated).
pub type Lit = i32;

/// Stops the SAT solver at a wall-clock deadline, or when another search raises `stop`.
pub struct Deadline {
    pub until: Option<Instant>,
    pub stop: Option<Arc<AtomicBool>>,
}

impl cadical::Callbacks for Deadline {
    fn terminate(&mut self) -> bool {
        self.until.is_some_and(|until| Instant::now() >= until)
            || self
                .stop
                .as_ref()
                .is_some_and(|s| s.load(Ordering::Relaxed))
    }
}

/// Result of one SAT call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Sat,
    Unsat,
    /// The deadline passed first.
    Unknown,
}

pub struct Cnf {
    solver: cadical::Solver<Deadline>,
    variables: i32,
    pub clauses: usize,
}

impl Cnf {
    pub fn new(until: Option<Instant>) -> Cnf {
        Cnf::configured(until, None, None)
    }

    /// A solver with one of CaDiCaL's configurations ("sat", "unsat", ...) and a shared stop flag.
    pub fn configured(
        until: Option<Instant>,
        stop: Option<Arc<AtomicBool>>,
        config: Option<&str>,
    ) -> Cnf {
        let mut solver = match config {
            Some(c) => cadical::Solver::with_config(c).unwrap_or_else(|_| cadical::Solver::new()),
            None => cadical::Solver::new(),
        };
        solver.set_callbacks(Some(Deadline { until, stop }));
        Cnf {
            solver,
            variables: 0,
            clauses: 0,
        }
    }

    pub fn fresh(&mut self) -> Lit {
        self.variables += 1;
        self.variables
    }

    pub fn clause(&mut self, lits: &[Lit]) {
        self.clauses += 1;
        self.solver.add_clause(lits.iter().copied());
    }

    pub fn solve(&mut self, assumptions: &[Lit]) -> Answer {
        match self.solver.solve_with(assumptions.iter().copied()) {
            Some(true) => Answer::Sat,
            Some(false) => Answer::Unsat,
            None => Answer::Unknown,
        }
    }

    /// Like [`Cnf::solve`], giving up (Unknown) after `conflicts` conflicts.
    pub fn solve_limited(&mut self, assumptions: &[Lit], conflicts: i32) -> Answer {
        self.solver
            .set_limit("conflicts", conflicts)
            .expect("CaDiCaL knows the conflicts limit");
        self.solve(assumptions)
    }

    /// After an UNSAT answer: whether the assumption `lit` took part in the refutation.
    pub fn failed(&self, lit: Lit) -> bool {
        self.solver.failed(lit)
    }

    pub fn value(&self, lit: Lit) -> bool {
        self.solver.value(lit) == Some(true)
    }

    /// A literal equivalent to the disjunction of `lits` (the literal itself when there is one).
    pub fn or_of(&mut self, lits: &[Lit]) -> Lit {
        if lits.len() == 1 {
            return lits[0];
        }
        let out = self.fresh();
        for &l in lits {
            self.clause(&[-l, out]);
        }
        let mut big: Vec<Lit> = lits.to_vec();
        big.push(-out);
        self.clause(&big);
        out
    }

    /// At most one of `lits`: pairwise for few literals, a sequential (ladder) encoding otherwise.
    pub fn at_most_one(&mut self, lits: &[Lit]) {
        if lits.len() <= 6 {
            for i in 0..lits.len() {
                for j in i + 1..lits.len() {
                    self.clause(&[-lits[i], -lits[j]]);
                }
            }
            return;
        }
        // s_i = "some of lits[0..=i] is true".
        let mut prev = lits[0];
        for i in 1..lits.len() {
            self.clause(&[-prev, -lits[i]]);
            if i + 1 < lits.len() {
                let s = self.fresh();
                self.clause(&[-prev, s]);
                self.clause(&[-lits[i], s]);
                prev = s;
            }
        }
    }

    /// At most `k` of `lits` (Sinz's sequential counter).
    pub fn at_most(&mut self, lits: &[Lit], k: usize) {
        let n = lits.len();
        if n <= k {
            return;
        }
        if k == 0 {
            for &l in lits {
                self.clause(&[-l]);
            }
            return;
        }
        if k == 1 {
            self.at_most_one(lits);
            return;
        }
        // counter[i][j] = "at least j+1 of lits[0..=i] are true".
        let mut previous: Vec<Lit> = Vec::new();
        for (i, &l) in lits.iter().enumerate() {
            let width = (i + 1).min(k);
            let current: Vec<Lit> = (0..width).map(|_| self.fresh()).collect();
            self.clause(&[-l, current[0]]);
            for j in 0..previous.len() {
                self.clause(&[-previous[j], current[j]]);
                if j + 1 < width {
                    self.clause(&[-l, -previous[j], current[j + 1]]);
                }
            }
            if previous.len() == k {
                self.clause(&[-l, -previous[k - 1]]);
            }
            previous = current;
        }
    }

    /// A totalizer over `inputs` (a literal may repeat to carry a weight). Returns `outputs` with
    /// `outputs[j]` ⇐ "at least j+1 inputs true", for j < `limit`. With `exact`, also ⇒.
    /// "At most k" is then the assumption `-outputs[k]`.
    pub fn totalizer(&mut self, inputs: &[Lit], limit: usize, exact: bool) -> Vec<Lit> {
        if inputs.is_empty() || limit == 0 {
            return Vec::new();
        }
        self.totalizer_node(inputs, limit, exact).0
    }

    /// Returns the node's outputs and whether they are complete (untruncated: size ≤ limit).
    fn totalizer_node(&mut self, inputs: &[Lit], limit: usize, exact: bool) -> (Vec<Lit>, bool) {
        if inputs.len() == 1 {
            return (vec![inputs[0]], true);
        }
        let middle = inputs.len() / 2;
        let (left, left_complete) = self.totalizer_node(&inputs[..middle], limit, exact);
        let (right, right_complete) = self.totalizer_node(&inputs[middle..], limit, exact);
        let width = (left.len() + right.len()).min(limit);
        let complete = left_complete && right_complete && left.len() + right.len() <= limit;
        let out: Vec<Lit> = (0..width).map(|_| self.fresh()).collect();
        // Upward: left ≥ i and right ≥ j ⇒ out ≥ i + j.
        for i in 0..=left.len() {
            for j in 0..=right.len() {
                let sum = i + j;
                if sum == 0 || sum > width {
                    continue;
                }
                let mut clause = vec![out[sum - 1]];
                if i > 0 {
                    clause.push(-left[i - 1]);
                }
                if j > 0 {
                    clause.push(-right[j - 1]);
                }
                self.clause(&clause);
            }
        }
        if exact {
            // Downward: left < i+1 and right < j+1 ⇒ out < i+j+1 (only where the children are not truncated).
            for i in 0..=left.len() {
                for j in 0..=right.len() {
                    let sum = i + j;
                    if sum >= width {
                        continue;
                    }
                    if (i == left.len() && !left_complete) || (j == right.len() && !right_complete)
                    {
                        continue;
                    }
                    let mut clause = vec![-out[sum]];
                    if i < left.len() {
                        clause.push(left[i]);
                    }
                    if j < right.len() {
                        clause.push(right[j]);
                    }
                    self.clause(&clause);
                }
            }
        }
        (out, complete)
    }
}
