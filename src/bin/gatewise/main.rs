//! `gatewise`: the Gatewise core on the command line.
//!
//! `args.rs` declares the command line (clap); `commands.rs` and `watch.rs`
//! hold one function per subcommand; `fetch.rs` is the HTTP client of
//! `check` and `watch`; `render.rs` writes text for people and
//! `terminal.rs` keeps text from outside inert. A new subcommand is a
//! variant in `args::Command`, its function, and one arm below.

mod args;
mod commands;
mod fetch;
mod render;
mod terminal;
mod url;
mod watch;

use args::{Cli, Command};
use clap::error::ErrorKind;
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            return match e.kind() {
                ErrorKind::DisplayHelp => {
                    let _ = e.print();
                    ExitCode::SUCCESS
                }
                // The same line after any subcommand (clap would name the subcommand).
                ErrorKind::DisplayVersion => {
                    println!("gatewise {}", env!("CARGO_PKG_VERSION"));
                    ExitCode::SUCCESS
                }
                // `gatewise` alone: the help, and the status of bad input.
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                    ExitCode::from(2)
                }
                _ => {
                    eprintln!("gatewise: {}", terminal::line(&args::one_line(&e)));
                    ExitCode::from(2)
                }
            };
        }
    };
    let outcome = match cli.command {
        Command::Diagnose(a) => commands::diagnose_cmd(a),
        Command::Explain(a) => commands::explain_cmd(a),
        Command::Plan(a) => commands::plan_cmd(a),
        Command::Check(a) => commands::check_cmd(a),
        Command::Watch(a) => watch::watch_cmd(a),
        Command::Simulate(a) => commands::simulate_cmd(a),
        Command::Words(a) => commands::words_cmd(a),
        Command::Completions(a) => commands::completions_cmd(a),
        Command::Man(a) => commands::man_cmd(a),
    };
    match outcome {
        Ok(status) => ExitCode::from(status),
        Err(e) => {
            eprintln!("gatewise: {}", terminal::line(&e));
            ExitCode::from(2)
        }
    }
}
