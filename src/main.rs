fn main() {
    gazette::handoff::mount_app();
}
