fn main() {
    journee::mount();
}
