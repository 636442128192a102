//! The `alpkg` binary: parse the command line, run, map the outcome to an exit code.
//! All behaviour lives in the library and in `cli/`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
