//! Weighted PageRank, shared by the word graph and the sentence graph.

pub const DAMPING: f64 = 0.85;
pub const TOLERANCE: f64 = 1e-6;
pub const MAX_ITERATIONS: usize = 100;

/// An undirected weighted graph as adjacency lists: `adj[i]` holds `(j, w)`.
/// Each edge must appear in both lists; weights must be positive.
pub type Graph = Vec<Vec<(u32, f64)>>;

/// Scores of the nodes, summing to 1. Iterates until the L1 change is below
/// `TOLERANCE` or `MAX_ITERATIONS` is reached. An isolated node keeps only the
/// teleport share, so it never outranks a connected one.
#[inline(never)]
pub fn pagerank(adj: &Graph) -> Vec<f64> {
    let n = adj.len();
    if n == 0 {
        return Vec::new();
    }
    let jump = 1.0 / n as f64;
    let out_weight: Vec<f64> = adj.iter().map(|e| e.iter().map(|&(_, w)| w).sum()).collect();
    // The edges flattened once, each weight already divided by its source's out-weight:
    // the loop below then only multiplies and adds (the same values, so the same result).
    let mut first = Vec::with_capacity(n + 1);
    let mut edges: Vec<(usize, f64)> = Vec::with_capacity(adj.iter().map(Vec::len).sum());
    for e in adj {
        first.push(edges.len());
        edges.extend(e.iter().map(|&(j, w)| (j as usize, w / out_weight[j as usize])));
    }
    first.push(edges.len());
    let dangling_nodes: Vec<usize> = (0..n).filter(|&i| out_weight[i] == 0.0).collect();
    let mut score = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..MAX_ITERATIONS {
        // Rank held by isolated nodes would leak; spread it evenly instead.
        let dangling: f64 = dangling_nodes.iter().map(|&i| score[i]).sum();
        let spread = DAMPING * dangling;
        for (i, slot) in next.iter_mut().enumerate() {
            let mut sum = 0.0;
            for &(j, w) in &edges[first[i]..first[i + 1]] {
                sum += w * score[j];
            }
            *slot = (1.0 - DAMPING + spread) * jump + DAMPING * sum;
        }
        let change: f64 = score.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut score, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undirected(n: usize, edges: &[(u32, u32, f64)]) -> Graph {
        let mut g = vec![Vec::new(); n];
        for &(a, b, w) in edges {
            g[a as usize].push((b, w));
            g[b as usize].push((a, w));
        }
        g
    }

    #[test]
    fn hub_outranks_leaves_and_scores_sum_to_one() {
        let g = undirected(4, &[(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]);
        let s = pagerank(&g);
        assert!(s[0] > s[1] && s[1] == s[2]);
        assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn heavier_edge_pulls_more_rank() {
        let g = undirected(3, &[(0, 1, 5.0), (0, 2, 1.0)]);
        let s = pagerank(&g);
        assert!(s[1] > s[2]);
    }

    #[test]
    fn isolated_node_never_outranks_a_connected_one() {
        let g = undirected(3, &[(0, 1, 1.0)]);
        let s = pagerank(&g);
        assert!(s[2] < s[0] && s[2] < s[1]);
    }

    #[test]
    fn empty_graph() {
        assert!(pagerank(&Vec::new()).is_empty());
    }
}
