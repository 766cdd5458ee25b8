//! Prints how long building the segmenter takes (median of 7), for `npm run bench`.
fn main() {
    let mut times: Vec<f64> = (0..7)
        .map(|_| {
            let t = std::time::Instant::now();
            let s = textrank_zh::Summarizer::new().expect("built-in dictionary");
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            drop(s);
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("native dictionary build: {:.1} ms (median of 7)", times[3]);
}
