// alphaTab's entry sets itself up as the score's renderer when it is loaded in a worker.
import '@coderline/alphatab';
