"""What "ours" is compared with: the least code that shows the same window or writes the same deck."""
