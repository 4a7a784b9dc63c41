// Placeholder: replaced by the console entry point.
int main() { return 0; }
