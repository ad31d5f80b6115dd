fn main() {
    ec2_lab::start();
}
