use std::process::ExitCode;

use clap::Parser;

use acme_unpause::cli;
use acme_unpause::cli::Cli;

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        // Usage errors in one line like every other error; --help and
        // --version print in full.
        Err(err) if err.use_stderr() => {
            eprintln!("{}", cli::usage_error_line(&err));
            return ExitCode::from(2);
        }
        Err(err) => err.exit(),
    };
    // Settings first: they choose the log format. Their errors are one
    // line on stderr like any other.
    let settings = match args.global.settings() {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("error: {}", acme_unpause::report(&err));
            return ExitCode::FAILURE;
        }
    };
    cli::init_logging(&args.command, settings.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(settings, args.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", acme_unpause::report(&err));
            ExitCode::FAILURE
        }
    }
}
