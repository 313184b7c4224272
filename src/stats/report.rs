//! The staff panel's funnel: per path, each step with how many opened it and how they
//! left; and the error messages shown most. Built from the store's totals for a period.

use super::model::{Exit, Key, Route, Stage};

/// One step of a path in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRow {
    /// The step.
    pub stage: Stage,
    /// Members who opened it.
    pub entered: u64,
    /// How they left it, for each [`Exit`] (completed first, then [`Exit::LEFT`]).
    pub exits: Vec<(Exit, u64)>,
}

impl StepRow {
    /// Members who left it as `exit`.
    pub fn left(&self, exit: Exit) -> u64 {
        self.exits
            .iter()
            .find(|(e, _)| *e == exit)
            .map_or(0, |(_, n)| *n)
    }
}

/// One error message shown on a step, and how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRow {
    /// The path.
    pub route: Route,
    /// The step.
    pub stage: Stage,
    /// The Fluent id of the message.
    pub message_id: String,
    /// Times shown.
    pub count: u64,
}

/// The funnel of a period.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// Per path (in the welcome screen's order), its steps in order.
    pub routes: Vec<(Route, Vec<StepRow>)>,
    /// The error messages shown most, most first (at most [`Report::TOP_ERRORS`]).
    pub top_errors: Vec<ErrorRow>,
}

impl Report {
    /// How many error messages the panel lists.
    pub const TOP_ERRORS: usize = 5;

    /// Builds the report from the store's totals.
    pub fn from_totals(totals: &[(Key, u64)]) -> Report {
        let get = |metric: &str, route: Route, stage: Stage, label: &str| {
            totals
                .iter()
                .filter(|(k, _)| {
                    k.metric == metric
                        && k.path == route.name()
                        && k.step == stage.name()
                        && k.label == label
                })
                .map(|(_, n)| *n)
                .sum::<u64>()
        };
        let routes = Route::ALL
            .into_iter()
            .map(|route| {
                let steps = route
                    .steps()
                    .iter()
                    .map(|&stage| StepRow {
                        stage,
                        entered: get("entered", route, stage, ""),
                        exits: std::iter::once(Exit::Completed)
                            .chain(Exit::LEFT)
                            .map(|exit| (exit, get("left", route, stage, exit.name())))
                            .collect(),
                    })
                    .collect();
                (route, steps)
            })
            .collect();
        let mut top_errors: Vec<ErrorRow> = totals
            .iter()
            .filter(|(k, _)| k.metric == "error")
            .filter_map(|(k, n)| {
                let route = Route::from_name(&k.path)?;
                let stage = *route.steps().iter().find(|s| s.name() == k.step)?;
                Some(ErrorRow {
                    route,
                    stage,
                    message_id: k.label.clone(),
                    count: *n,
                })
            })
            .collect();
        top_errors.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.message_id.cmp(&b.message_id))
        });
        top_errors.truncate(Report::TOP_ERRORS);
        Report { routes, top_errors }
    }

    /// Whether nothing was counted in the period.
    pub fn is_empty(&self) -> bool {
        self.routes
            .iter()
            .all(|(_, steps)| steps.iter().all(|s| s.entered == 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::model::Counter;

    #[test]
    fn steps_come_in_path_order_with_their_exits_and_errors_most_first() {
        let totals = vec![
            (Counter::Entered(Route::Family, Stage::Eligibility).key(), 4),
            (
                Counter::Left(Route::Family, Stage::Eligibility, Exit::Completed).key(),
                3,
            ),
            (
                Counter::Left(Route::Family, Stage::Eligibility, Exit::Idle).key(),
                1,
            ),
            (
                Counter::Error(Route::Family, Stage::Eligibility, "setup-password-mismatch").key(),
                2,
            ),
            (
                Counter::Error(Route::Insured, Stage::LoginId, "insured-password-empty").key(),
                5,
            ),
        ];
        let report = Report::from_totals(&totals);
        let (route, steps) = &report.routes[1];
        assert_eq!(*route, Route::Family);
        assert_eq!(steps[1].stage, Stage::Eligibility);
        assert_eq!(steps[1].entered, 4);
        assert_eq!(steps[1].left(Exit::Completed), 3);
        assert_eq!(steps[1].left(Exit::Idle), 1);
        assert_eq!(steps[0].entered, 0);
        assert_eq!(report.top_errors[0].message_id, "insured-password-empty");
        assert_eq!(report.top_errors[1].count, 2);
        assert!(!report.is_empty());
        assert!(Report::from_totals(&[]).is_empty());
    }
}
