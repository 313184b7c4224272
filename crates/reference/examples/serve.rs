//! Runs the reference backend standalone:
//! `cargo run -p kenpos-reference --example serve -- --listen 127.0.0.1:8787 --dev-endpoints --issue-device-token`

use clap::Parser;

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    serve: kenpos_reference::cli::ServeArgs,
}

#[tokio::main]
async fn main() -> Result<(), kenpos_reference::ReferenceError> {
    kenpos_reference::cli::run_serve(Cli::parse().serve).await
}
